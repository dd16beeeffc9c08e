import { useEffect, useState } from 'react';

import { callAppRoute } from './call-app-route.util';

/**
 * Calls one of the app's routes once the path is known (again when it changes) and gives its
 * answer, or the sentence that says why there is none.
 */
export const useAppRoute = <TAnswer>(
  path: string | null,
  init: { method: 'GET' } | { method: 'POST'; body: unknown },
): { answer: TAnswer | null; problem: string | null } => {
  const [answer, setAnswer] = useState<TAnswer | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const method = init.method;
  useEffect(() => {
    if (path === null) return;
    let current = true;
    callAppRoute<TAnswer>(path, init)
      .then((result) => {
        if (!current) return;
        if (typeof result === 'string') setProblem(result);
        else setAnswer(result);
      })
      .catch((error: unknown) => {
        if (current)
          setProblem(error instanceof Error ? error.message : String(error));
      });
    return () => {
      current = false;
    };
    // Made again when the path or the method changes, not on each render (a new body object).
  }, [path, method]);
  return { answer, problem };
};
