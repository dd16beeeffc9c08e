import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { type Response } from 'express';

import { sendHttpAnswer } from '../http/send-http-answer.util';
import { FrontComponentPreviewService } from './front-component-preview.service';

// Host only (Twenty renders front components inside its own web app): the app's front
// components on a page of their own, e.g. /front-components/account-cockpit?recordId=<id>.
@Controller('front-components')
export class FrontComponentPreviewController {
  constructor(
    @Inject(FrontComponentPreviewService)
    private readonly previews: Pick<
      FrontComponentPreviewService,
      'page' | 'bundle'
    >,
  ) {}

  @Get(':nameOrId/bundle.mjs')
  bundle(@Param('nameOrId') nameOrId: string, @Res() response: Response) {
    sendHttpAnswer({ response, answer: this.previews.bundle(nameOrId) });
  }

  @Get(':nameOrId')
  page(
    @Param('nameOrId') nameOrId: string,
    @Query('recordId') recordId: string | undefined,
    @Res() response: Response,
  ) {
    sendHttpAnswer({
      response,
      answer: this.previews.page(nameOrId, recordId ?? null),
    });
  }
}
