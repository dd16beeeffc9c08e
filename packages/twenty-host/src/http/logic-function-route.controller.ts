import { All, Controller, Inject, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';

import { LogicFunctionRouteService } from './logic-function-route.service';
import { readRouteRequest } from './read-route-request.util';
import { sendHttpAnswer } from './send-http-answer.util';

// Logic functions with an HTTP route trigger are served under `/s/<path>` (TWENTY_FUNCTIONS_URL).
@Controller('s')
export class LogicFunctionRouteController {
  constructor(
    @Inject(LogicFunctionRouteService)
    private readonly routes: LogicFunctionRouteService,
  ) {}

  @All('*path')
  async route(@Req() request: Request, @Res() response: Response) {
    const answer = await this.routes.handle(readRouteRequest(request));
    sendHttpAnswer({ response, answer });
  }
}
