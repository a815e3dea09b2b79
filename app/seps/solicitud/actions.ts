"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/state";
import { formAction, guardAction } from "@/lib/security/action";
import { CAPTCHA_MESSAGES, verifyCaptcha } from "@/lib/security/captcha";
import { consumeLimit, tooManyAttemptsMessage } from "@/lib/security/rate-limit";
import { clientIp } from "@/lib/security/request";
import { lookupOrganization, publicOrganization, roleOccupancy } from "@/lib/seps/catastro";
import {
  checkSepsRequest,
  createSepsRequest,
  findSubmittedRequest,
  submissionKeyOf,
  waitForSubmittedRequest,
  type CreateRequestResult,
  type RequestPlan,
} from "@/lib/seps/requests";
import { isSector, rolesForSector } from "@/lib/seps/roles";
import { sepsRequestSchema } from "@/lib/seps/schema";
import { MESSAGES } from "@/lib/seps/rules";
import type { OrganizationView, RequestReview, RucLookupData, ReviewData } from "@/lib/seps/views";

/** RUC → the catastro entry of the form's sector, masked (see publicOrganization), and who holds each of its roles (masked). */
export async function lookupRucAction(_prev: FormState<RucLookupData>, formData: FormData): Promise<FormState<RucLookupData>> {
  return guardAction<RucLookupData>(formData, async () => {
    const sector = formData.get("sector");
    if (!isSector(sector)) return { status: "error", message: MESSAGES.sector };
    const limit = await consumeLimit("availability", await clientIp());
    if (!limit.ok) return { status: "error", fieldErrors: { ruc: [tooManyAttemptsMessage(limit.retryAfterSeconds)] } };
    const lookup = await lookupOrganization(String(formData.get("ruc") ?? ""), sector);
    if (lookup.status !== "found") return { status: "error", fieldErrors: { ruc: [lookup.message] } };
    const org = lookup.organization;
    const occupancy = await roleOccupancy(org.id, rolesForSector(sector).map((r) => r.code));
    const organization: OrganizationView = {
      ...publicOrganization(org),
      occupancy: [...occupancy.values()].map((o) => ({ code: o.roleCode, max: o.max, full: o.full, holders: o.holders.map((h) => h.maskedName) })),
    };
    return { status: "ok", data: { organization } };
  });
}

function reviewOf(plan: RequestPlan): RequestReview {
  const { input, organization } = plan;
  return {
    roles: plan.roles.map((r) => ({
      code: r.role.code,
      name: r.role.name,
      requestAccess: r.requestAccess,
      requestDeactivation: r.requestDeactivation,
      deactivate: r.deactivateCedula ? `C.C. ${r.deactivateCedula}` : null,
    })),
    user: input.user,
    organization: { ...publicOrganization(organization), occupancy: [] },
    proxy: input.proxy,
  };
}

/**
 * "Continuar": every rule checked (nothing saved) → the "Revise su solicitud" step. The rules read
 * who holds each role, so the rate limit and the captcha come before any of them.
 */
export const reviewRequestAction = formAction(sepsRequestSchema, async (input, formData): Promise<FormState<ReviewData>> => {
  const limit = await consumeLimit("requestCheckPerIp", await clientIp());
  if (!limit.ok) return { status: "error", message: tooManyAttemptsMessage(limit.retryAfterSeconds) };
  const captcha = await verifyCaptcha(String(formData.get("altcha") ?? ""), { consume: false });
  if (!captcha.ok) return { status: "error", message: CAPTCHA_MESSAGES[captcha.reason], fieldErrors: { captcha: [CAPTCHA_MESSAGES[captcha.reason]] } };
  const check = await checkSepsRequest(input);
  if (!check.ok) return { status: "error", message: check.message, fieldErrors: check.fieldErrors };
  return { status: "ok", data: { review: reviewOf(check.plan) } };
});

/** "Guardar": the request, its roles and its three PDFs in one transaction; then its private page. */
export const saveRequestAction = formAction(sepsRequestSchema, async (input, formData): Promise<FormState<ReviewData>> => {
  if (formData.get("avisoPrivacidad") !== "on") {
    return { status: "error", message: MESSAGES.privacyNotice, fieldErrors: { avisoPrivacidad: [MESSAGES.privacyNotice] } };
  }
  // A retried submission (same hidden key) answers with the request the first one saved.
  const submissionKey = submissionKeyOf(formData.get("idempotencia"));
  const prior = submissionKey ? await findSubmittedRequest(submissionKey, input) : null;
  if (prior) return savedAnswer(prior);
  const ip = await clientIp();
  const limit = await consumeLimit("requestPerIp", ip);
  if (!limit.ok) return { status: "error", message: tooManyAttemptsMessage(limit.retryAfterSeconds) };
  const captcha = await verifyCaptcha(String(formData.get("altcha") ?? ""), { consume: true });
  if (!captcha.ok) {
    // Its captcha spent by the same submission still being saved (a double click): that one's answer.
    const concurrent = submissionKey && captcha.reason === "replayed" ? await waitForSubmittedRequest(submissionKey, input) : null;
    if (concurrent) return savedAnswer(concurrent);
    return { status: "error", message: CAPTCHA_MESSAGES[captcha.reason], fieldErrors: { captcha: [CAPTCHA_MESSAGES[captcha.reason]] } };
  }
  return savedAnswer(await createSepsRequest(input, { ip, submissionKey }));
});

function savedAnswer(result: CreateRequestResult): FormState<ReviewData> {
  if (!result.ok) return { status: "error", message: result.message, fieldErrors: result.fieldErrors };
  redirect(`/seps/solicitud/s/${result.request.token}?nueva=1`);
}
