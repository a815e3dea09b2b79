"use client";

import { useCallback, useEffect, useRef } from "react";

/**
 * An outbox message at its full height (no inner scroll box below the fold on a phone). The
 * sandbox allows no scripts; same origin only so this page can measure the message's height.
 */
export function MessageFrame({ title, html }: { title: string; html: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const fit = useCallback(() => {
    const document = frame.current?.contentDocument;
    if (!frame.current || !document?.documentElement) return;
    const borders = frame.current.offsetHeight - frame.current.clientHeight;
    frame.current.style.height = `${document.documentElement.scrollHeight + borders}px`;
  }, []);
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    // The message reflows when the frame's width changes (rotation, window resize).
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      element.style.height = "0";
      fit();
    });
    observer.observe(element);
    fit();
    return () => observer.disconnect();
  }, [fit]);
  return <iframe ref={frame} title={title} srcDoc={html} sandbox="allow-same-origin" onLoad={fit} className="outbox-frame" />;
}
