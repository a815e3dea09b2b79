import { createCaptchaChallenge } from "@/lib/security/captcha";

// A fresh proof-of-work challenge for the SEPS request form (signed, expires in 10 minutes).
export async function GET() {
  const challenge = await createCaptchaChallenge();
  return Response.json(challenge, { headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
}
