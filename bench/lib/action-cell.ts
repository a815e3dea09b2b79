// A load cell that posts a server action the way its hydrated form does: a new client address
// and fresh fields for every request.
import type { RawRequest } from "autocannon";
import { actionBody, actionHeaders, type Fields } from "./actions";
import { nextIp, type CellSpec } from "./load";
import type { Ctx } from "./types";

export function actionCell(
  ctx: Ctx,
  options: { connections: number; page: string; actionId: string; fields: () => Fields },
): CellSpec {
  const { page, actionId } = options;
  return {
    url: ctx.base,
    connections: options.connections,
    duration: ctx.opts.duration,
    warmup: ctx.opts.warmup,
    timeoutSeconds: 60,
    requests: () => [
      {
        method: "POST",
        path: page,
        setupRequest: (req: RawRequest) => ({
          ...req,
          headers: actionHeaders(actionId, ctx.base, page, nextIp()),
          body: actionBody(actionId, options.fields()),
        }),
      },
    ],
    // Success is the action's redirect; a refusal is a FormState with status "error".
    check: (status, body) => status < 400 && !body.includes('"status":"error"'),
  };
}
