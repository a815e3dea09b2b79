// (5) Sign-in to Ecuapass (argon2id verify, session cookie, redirect to Mi página), as the
// hydrated sign-in form posts it, each request a different account and client address.
import { actionCell } from "../lib/action-cell";
import { findActionId } from "../lib/actions";
import { BENCH_PASSWORD, insertEcuapassUsers } from "../lib/users";
import type { Scenario } from "../lib/types";

const PAGE = "/ecuapass/ingresar";

export const signIn: Scenario = {
  id: "s5",
  title: "Ecuapass sign-in",
  async prepare(ctx) {
    const actionId = findActionId(ctx.distDir, "signInEcuapassAction");
    if (!actionId) return "signInEcuapassAction is not in the build";
    const users = await insertEcuapassUsers(ctx.sql, 500);
    let next = 0;
    return [
      {
        key: "ours",
        label: `sign-in (${PAGE}, server action)`,
        spec: (connections) =>
          actionCell(ctx, {
            connections,
            page: PAGE,
            actionId,
            fields: () => ({ userId: users[next++ % users.length]!, password: BENCH_PASSWORD }),
          }),
      },
    ];
  },
};
