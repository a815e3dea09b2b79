// (2) "Solicitar código de seguridad": the registration page's action, called the way the form
// calls it (requestCode(formData) with the email and its confirmation), a new address and a new
// client address each time; the code is stored (HMAC) and the email rendered into the outbox.
import type { RawRequest } from "autocannon";
import { actionBody, actionHeaders, actionState, findActionId } from "../lib/actions";
import { nextIp, unique } from "../lib/load";
import type { Scenario } from "../lib/types";

export const REGISTRATION_PAGE = "/ecuapass/registro/usuario-general";

export const codeRequest: Scenario = {
  id: "s2",
  title: "Requesting a security code (mail to the outbox)",
  async prepare(ctx) {
    const actionId = findActionId(ctx.distDir, "requestCodeAction", "ecuapass");
    if (!actionId) return "requestCodeAction is not in this build";
    return [
      {
        key: "ours",
        label: "requestCodeAction (outbox)",
        spec: (connections) => ({
          url: ctx.base,
          connections,
          duration: ctx.opts.duration,
          warmup: ctx.opts.warmup,
          requests: () => [
            {
              method: "POST",
              path: REGISTRATION_PAGE,
              setupRequest: (req: RawRequest) => {
                const email = `codigo-${unique()}@correo.example`;
                return {
                  ...req,
                  headers: actionHeaders(actionId, ctx.base, REGISTRATION_PAGE, nextIp()),
                  body: actionBody(actionId, { email, emailConfirmation: email }, { plain: true }),
                };
              },
            },
          ],
          check: (status, body) => status === 200 && actionState(body)?.status === "ok",
        }),
      },
    ];
  },
};
