"use client";

import { useEffect, useRef, useState } from "react";

// A small proof-of-work client for ALTCHA v2 challenges (PBKDF2/SHA-256, the same format
// altcha-lib creates and verifies). Nothing to read or click: it works in the background with
// WebCrypto and announces its progress, so screen-reader and keyboard users pass it like anyone.
// The altcha web component would add about 30 kB gzip to the form; this is under 1 kB.

type Challenge = {
  parameters: { algorithm: string; nonce: string; salt: string; cost: number; keyLength: number; keyPrefix: string; expiresAt?: number };
  signature?: string;
};

type Status = "working" | "done" | "error";

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
const unhex = (value: string) => new Uint8Array((value.match(/../g) ?? []).map((h) => parseInt(h, 16)));

async function solve(challenge: Challenge, signal: AbortSignal): Promise<{ counter: number; derivedKey: string } | null> {
  const { nonce, salt, cost, keyLength, keyPrefix } = challenge.parameters;
  const nonceBytes = unhex(nonce);
  const saltBytes = unhex(salt);
  const password = new Uint8Array(nonceBytes.length + 4);
  password.set(nonceBytes);
  const view = new DataView(password.buffer);
  const prefix = keyPrefix.toLowerCase();
  for (let counter = 0; counter < 10_000_000; counter++) {
    if (signal.aborted) return null;
    view.setUint32(nonceBytes.length, counter, false);
    const key = await crypto.subtle.importKey("raw", password, "PBKDF2", false, ["deriveBits"]);
    const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: saltBytes, iterations: cost }, key, keyLength * 8);
    const derived = hex(new Uint8Array(bits));
    if (derived.startsWith(prefix)) return { counter, derivedKey: derived };
  }
  return null;
}

/** The "Captcha" section: fills the hidden `altcha` field once solved; `resetKey` asks for a new one. */
export function Captcha({ resetKey, error }: { resetKey: number; error?: string }) {
  const [status, setStatus] = useState<Status>("working");
  const [payload, setPayload] = useState("");
  const [round, setRound] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    setStatus("working");
    setPayload("");
    (async () => {
      try {
        const response = await fetch("/api/seps/captcha", { cache: "no-store", signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const challenge = (await response.json()) as Challenge;
        const solution = await solve(challenge, controller.signal);
        if (controller.signal.aborted) return;
        if (!solution) throw new Error("unsolved");
        setPayload(btoa(JSON.stringify({ challenge, solution })));
        setStatus("done");
        // Solve a fresh one shortly before this one expires (the form may take a while to fill).
        const expiresAt = challenge.parameters.expiresAt;
        if (expiresAt) timer.current = setTimeout(() => setRound((r) => r + 1), Math.max(30_000, expiresAt * 1000 - Date.now() - 60_000));
      } catch {
        if (!controller.signal.aborted) setStatus("error");
      }
    })();
    return () => {
      controller.abort();
      clearTimeout(timer.current);
    };
  }, [resetKey, round]);

  return (
    <fieldset id="captcha" tabIndex={-1} className={`captcha${error ? " field--error" : ""}`} aria-describedby="captcha-error">
      <legend>Captcha</legend>
      <p className="hint">
        Comprobamos que la solicitud la envía una persona con un cálculo automático en su dispositivo. No tiene que leer ni
        escribir nada.
      </p>
      <span className="field-error" id="captcha-error" aria-live="polite">
        {error ? <>Error: {error}</> : null}
      </span>
      <p role="status" className="captcha__status" data-status={status}>
        {status === "working" && (
          <>
            <span className="spinner" aria-hidden="true" /> Verificando que usted no es un programa automático…
          </>
        )}
        {status === "done" && <span className="status-ok">✓ Verificación completada.</span>}
        {status === "error" && <span className="status-bad">No se pudo completar la verificación.</span>}
      </p>
      {status === "error" && (
        <button type="button" className="button button--secondary" onClick={() => setRound((r) => r + 1)}>
          Intentar de nuevo
        </button>
      )}
      <input type="hidden" name="altcha" value={payload} />
    </fieldset>
  );
}
