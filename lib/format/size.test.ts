import { describe, expect, it } from "vitest";
import { formatFileSize } from "./size";

describe("formatFileSize", () => {
  it("says kB below a megabyte (at least 1) and MB with a decimal comma above", () => {
    expect(formatFileSize(10)).toBe("1 kB");
    expect(formatFileSize(350 * 1024)).toBe("350 kB");
    expect(formatFileSize(1.45 * 1024 * 1024)).toBe("1,5 MB");
    expect(formatFileSize(10 * 1024 * 1024)).toBe("10,0 MB");
  });
});
