import { useEffect, useState } from 'react';

import { callAppRoute } from './call-app-route.util';

type Reply<TAnswer> = {
  path: string;
  answer: TAnswer | null;
  problem: string | null;
};

/**
 * Calls one of the app's routes once the path is known (again when it changes) and gives its
 * answer, or the sentence that says why there is none. Until the current path has answered,
 * both are null: an answer for an earlier path is never shown as the current one.
 */
export const useAppRoute = <TAnswer>(
  path: string | null,
  init: { method: 'GET' } | { method: 'POST'; body: unknown },
): { answer: TAnswer | null; problem: string | null } => {
  const [reply, setReply] = useState<Reply<TAnswer> | null>(null);
  const method = init.method;
  useEffect(() => {
    if (path === null) return;
    let current = true;
    callAppRoute<TAnswer>(path, init)
      .then((result) => {
        if (!current) return;
        if (typeof result === 'string')
          setReply({ path, answer: null, problem: result });
        else setReply({ path, answer: result, problem: null });
      })
      .catch((error: unknown) => {
        if (current)
          setReply({
            path,
            answer: null,
            problem: error instanceof Error ? error.message : String(error),
          });
      });
    return () => {
      current = false;
    };
    // Made again when the path or the method changes, not on each render (a new body object).
  }, [path, method]);
  if (reply === null || reply.path !== path)
    return { answer: null, problem: null };
  return { answer: reply.answer, problem: reply.problem };
};
