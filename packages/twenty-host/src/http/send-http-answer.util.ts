import { type Response } from 'express';

import { type HttpAnswer } from './http-answer.type';

export const sendHttpAnswer = ({
  response,
  answer,
}: {
  response: Response;
  answer: HttpAnswer;
}): void => {
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
