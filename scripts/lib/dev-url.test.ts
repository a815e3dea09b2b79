import { describe, expect, it } from "vitest";
import { devAppUrl, devPort } from "./dev-url";

describe("devPort", () => {
  it("reads -p and --port in both spellings, then PORT, then 3000", () => {
    expect(devPort(["-p", "3001"], {})).toBe(3001);
    expect(devPort(["--turbopack", "--port=3002"], {})).toBe(3002);
    expect(devPort(["--port", "3003"], { PORT: "4000" })).toBe(3003);
    expect(devPort([], { PORT: "4000" })).toBe(4000);
    expect(devPort([], { PORT: "" })).toBe(3000);
  });
});

describe("devAppUrl", () => {
  it("follows the port for a local address and keeps any other", () => {
    expect(devAppUrl(undefined, 3001)).toBe("http://localhost:3001");
    expect(devAppUrl("", 3001)).toBe("http://localhost:3001");
    expect(devAppUrl("http://localhost:3000", 3001)).toBe("http://localhost:3001");
    expect(devAppUrl("http://127.0.0.1:3000/", 3000)).toBe("http://127.0.0.1:3000");
    expect(devAppUrl("https://demo.example.ec", 3001)).toBe("https://demo.example.ec");
  });
});
