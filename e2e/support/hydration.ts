import type { Locator } from "@playwright/test";

/**
 * Waits until React has attached its handlers to the element. Forms post without JavaScript too, so a
 * click before hydration is a native POST (no Next-Action header): tests that capture or replay the
 * action's own request must wait for this first.
 */
export async function waitForHydration(element: Locator) {
  await element.evaluate(
    (node) =>
      new Promise<void>((resolve) => {
        const ready = () => Object.keys(node).some((key) => key.startsWith("__reactProps$"));
        if (ready()) return resolve();
        const timer = setInterval(() => ready() && (clearInterval(timer), resolve()), 50);
      }),
  );
}
