import {
  All,
  Controller,
  type DynamicModule,
  Inject,
  Module,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { type Request, type Response } from 'express';

import { type HttpAnswer, TwentyHostService } from './twenty-host.service';

export const TWENTY_HOST = Symbol('TWENTY_HOST');

const send = (response: Response, answer: HttpAnswer): void => {
  response.status(answer.status);
  for (const [key, value] of Object.entries(answer.headers ?? {})) {
    response.setHeader(key, value);
  }
  if (typeof answer.body === 'string') {
    response.send(answer.body);
    return;
  }
  response.json(answer.body ?? null);
};

const toStringRecord = (
  value: Record<string, unknown>,
): Record<string, string | undefined> =>
  Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key.toLowerCase(),
      Array.isArray(inner)
        ? inner.map(String).join(',')
        : inner === undefined
          ? undefined
          : typeof inner === 'string'
            ? inner
            : JSON.stringify(inner),
    ]),
  );

@Controller()
export class GraphqlController {
  constructor(@Inject(TWENTY_HOST) private readonly host: TwentyHostService) {}

  @Post('graphql')
  async graphql(@Req() request: Request, @Res() response: Response) {
    const body: unknown = request.body;
    const answer = await this.host.handleGraphql(
      request.headers.authorization,
      typeof body === 'object' && body !== null ? body : {},
    );
    send(response, answer);
  }

  @Post('metadata')
  async metadata(@Req() request: Request, @Res() response: Response) {
    const body: unknown = request.body;
    const answer = await this.host.handleMetadata(
      request.headers.authorization,
      typeof body === 'object' && body !== null ? body : {},
    );
    send(response, answer);
  }
}

@Controller('s')
export class RoutesController {
  constructor(@Inject(TWENTY_HOST) private readonly host: TwentyHostService) {}

  @All('*path')
  async route(@Req() request: Request, @Res() response: Response) {
    const rawBody: unknown = request.body;
    const answer = await this.host.handleRoute({
      method: request.method,
      path: request.path.replace(/^\/s/, ''),
      headers: toStringRecord(request.headers),
      query: toStringRecord(request.query),
      rawBody:
        typeof rawBody === 'string'
          ? rawBody
          : Buffer.isBuffer(rawBody)
            ? rawBody.toString('utf8')
            : rawBody === undefined ||
                (typeof rawBody === 'object' &&
                  rawBody !== null &&
                  Object.keys(rawBody).length === 0)
              ? ''
              : JSON.stringify(rawBody),
    });
    send(response, answer);
  }
}

@Module({})
export class HostModule {
  static forHost(host: TwentyHostService): DynamicModule {
    return {
      module: HostModule,
      controllers: [GraphqlController, RoutesController],
      providers: [{ provide: TWENTY_HOST, useValue: host }],
    };
  }
}
