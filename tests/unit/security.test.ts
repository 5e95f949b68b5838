import { sniffType } from "../../app/files/sniff";
import { isCrossSiteWrite } from "../../app/security/origin";
import { hasPermission, rolesWith } from "../../app/auth/permissions";
import { passwordProblem } from "../../app/auth/password.server";

describe("file type from content", () => {
  it("recognises PDF, PNG, JPEG and MP4 by their bytes whatever the name", () => {
    expect(sniffType(new TextEncoder().encode("%PDF-1.7\n"))?.mime).toBe("application/pdf");
    expect(sniffType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))?.ext).toBe("png");
    expect(sniffType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))?.ext).toBe("jpg");
    expect(sniffType(new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d]))?.ext).toBe("mp4");
  });

  it("refuses executables, scripts and unknown zips", () => {
    expect(sniffType(new TextEncoder().encode("MZ\x90\x00"))).toBeNull();
    expect(sniffType(new TextEncoder().encode("#!/bin/sh\nrm -rf /"))).toBeNull();
    expect(sniffType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).toBeNull();
  });
});

describe("cross-site writes", () => {
  it("refuses a POST from another origin and allows same-origin and non-browser clients", () => {
    expect(isCrossSiteWrite("POST", "sifasuo.example", { origin: "https://evil.example" })).toBe(true);
    expect(isCrossSiteWrite("POST", "sifasuo.example", { origin: "https://sifasuo.example" })).toBe(false);
    expect(isCrossSiteWrite("POST", "sifasuo.example", { secFetchSite: "cross-site" })).toBe(true);
    expect(isCrossSiteWrite("POST", "sifasuo.example", {})).toBe(false);
    expect(isCrossSiteWrite("GET", "sifasuo.example", { origin: "https://evil.example" })).toBe(false);
  });
});

describe("permissions", () => {
  it("lets only the director accept and review, and the adviser draft", () => {
    expect(rolesWith("legal-opinion.accept")).toEqual(["judicial_director"]);
    expect(hasPermission(["legal_adviser"], "legal-opinion.draft")).toBe(true);
    expect(hasPermission(["legal_adviser"], "legal-opinion.review")).toBe(false);
    expect(hasPermission(["admin"], "case.read")).toBe(false);
    expect(hasPermission(["district_supervisor"], "legal-opinion.issue")).toBe(false);
  });

  it("asks for passwords of at least 8 characters with letters and digits", () => {
    expect(passwordProblem("short1")).toContain("至少8位");
    expect(passwordProblem("onlyletters")).toContain("字母和数字");
    expect(passwordProblem("Sifasuo2026")).toBeNull();
  });
});

describe("where sign-in may send the user", async () => {
  const { safeRedirect } = await import("../../app/auth/safe-redirect");
  it("keeps paths on this site", () => {
    expect(safeRedirect("/cases/12?tab=docs")).toBe("/cases/12?tab=docs");
    expect(safeRedirect("/%0a/evil")).toBe("/%0a/evil"); // an encoded newline is just a path here
  });
  it("refuses other sites however they are spelled", () => {
    for (const evil of ["//evil.example", "/\\evil.example", "/\t/evil.example", "/\\/evil.example", "https://evil.example", "javascript:alert(1)"]) {
      expect(safeRedirect(evil), evil).toBe("/");
    }
    expect(safeRedirect(undefined)).toBe("/");
  });
});
