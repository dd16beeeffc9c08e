import { Controller, Inject, Param, Put, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';

import { ApplicationException } from './application.exception';
import { ApplicationLifecycleService } from './application-lifecycle.service';

const MAX_TARBALL_BYTES = 100 * 1024 * 1024;

const readBody = async (request: Request): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk as string);
    length += buffer.length;
    if (length > MAX_TARBALL_BYTES) {
      throw new ApplicationException(
        `Upload larger than ${MAX_TARBALL_BYTES} bytes`,
        'INVALID_INPUT',
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
};

/**
 * The `uploadUrl` that `createFileUpload` answers: on Twenty a presigned storage URL the
 * CLI PUTs the tarball to (twenty-sdk deploy: axios.put with Content-Type and
 * Content-Length); 204 when stored, as Twenty's integration tests expect.
 */
@Controller()
export class AppTarballUploadController {
  constructor(
    @Inject(ApplicationLifecycleService)
    private readonly applications: ApplicationLifecycleService,
  ) {}

  @Put('files/uploads/:fileId')
  async upload(
    @Param('fileId') fileId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    try {
      this.applications.receiveUpload({
        fileId,
        content: await readBody(request),
      });
      response.status(204).end();
    } catch (error) {
      if (!(error instanceof ApplicationException)) throw error;
      response
        .status(error.code === 'FILE_NOT_FOUND' ? 404 : 400)
        .json({ message: error.message, code: error.code });
    }
  }
}
