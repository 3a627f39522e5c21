/**
 * Password rules (lib/auth/password.ts): length, guessability, the user's own details,
 * and argon2id hashing.
 */
import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblems, verifyPassword } from "@/lib/auth/password";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { strongPassword } from "@/tests/fixtures/factories";

const USER = ["korvath.zimbelo@example.test", "Quillon Brackenridge", "Zephyrine Tools"];

describe("passwordProblems", () => {
  it("accepts a random strong password", () => {
    for (let i = 0; i < 5; i++) expect(passwordProblems(strongPassword(), USER)).toEqual([]);
    expect(passwordProblems("correct horse battery staple orbit", USER)).toEqual([]);
  });

  it("checks the length first (10–128 characters)", () => {
    expect(passwordProblems("x".repeat(PASSWORD_MIN_LENGTH - 1))).toEqual(["validation.passwordTooShort"]);
    expect(passwordProblems(`${strongPassword()}${"q".repeat(PASSWORD_MAX_LENGTH)}`)).toEqual(["validation.passwordTooLong"]);
  });

  it.each(["password123", "1234567890", "qwertyuiop", "aaaaaaaaaaaa", "contraseña123"])("refuses the guessable %s", (password) => {
    expect(passwordProblems(password)).toEqual(["validation.passwordTooWeak"]);
  });

  it.each(["P@ssw0rd123", "p4ssw0rd2024", "c0ntr4s3ña123", "m0nk3y2020!", "1l0v3y0u2023"])("refuses the l33t-spelled guessable %s", (password) => {
    expect(passwordProblems(password)).toEqual(["validation.passwordTooWeak"]);
  });

  it("accepts strong passwords full of digits and symbols (the l33t matcher's cap keeps them cheap, not weak)", () => {
    expect(passwordProblems("Quartz-Lantern-Meadow-4821", USER)).toEqual([]);
    expect(passwordProblems("a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8s9t0u1v2w3x4y5z6", USER)).toEqual([]);
  });

  it("refuses the user's e-mail, name or tenant name as given", () => {
    for (const input of USER) expect(passwordProblems(input, USER), input).toEqual(["validation.passwordTooWeak"]);
  });

  it("refuses the user's name without spaces and the e-mail's local part", () => {
    expect(passwordProblems("QuillonBrackenridge", USER)).toEqual(["validation.passwordTooWeak"]);
    expect(passwordProblems("korvath.zimbelo", USER)).toEqual(["validation.passwordTooWeak"]);
  });
});

describe("hashPassword / verifyPassword", () => {
  it("hashes with argon2id and a salt, and verifies only the right password", async () => {
    const password = strongPassword();
    const [first, second] = await Promise.all([hashPassword(password), hashPassword(password)]);
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword(first, password)).toBe(true);
    expect(await verifyPassword(first, `${password}x`)).toBe(false);
  });

  it("answers false (never throws) for a malformed hash", async () => {
    expect(await verifyPassword("not-a-hash", "whatever")).toBe(false);
  });
});
