import { Controller, Inject, Post, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';

import {
  type GraphqlApi,
  GraphqlEndpointService,
} from './graphql-endpoint.service';
import { sendHttpAnswer } from './send-http-answer.util';

// Twenty serves the workspace API at `/graphql` and the metadata API at `/metadata`
// (engine/api/graphql/core-graphql-api.module.ts, metadata-graphql-api.module.ts).
@Controller()
export class GraphqlController {
  constructor(
    @Inject(GraphqlEndpointService)
    private readonly endpoint: GraphqlEndpointService,
  ) {}

  private async answer(api: GraphqlApi, request: Request, response: Response) {
    const body: unknown = request.body;
    const answer = await this.endpoint.handle({
      api,
      authorization: request.headers.authorization,
      body: typeof body === 'object' && body !== null ? body : {},
    });
    sendHttpAnswer({ response, answer });
  }

  @Post('graphql')
  graphql(@Req() request: Request, @Res() response: Response) {
    return this.answer('core', request, response);
  }

  @Post('metadata')
  metadata(@Req() request: Request, @Res() response: Response) {
    return this.answer('metadata', request, response);
  }
}
