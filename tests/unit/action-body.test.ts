/**
 * The proxy's check of server-action bodies (lib/http/action-body.ts): what React sends
 * for our wrapped actions passes; what Next could not decode (it would answer 500) is
 * caught so the proxy answers 400. tests/e2e/security.spec.ts sends the same bodies to
 * the running app.
 */
import { describe, expect, it } from "vitest";
import { isMalformedActionRequest } from "@/lib/http/action-body";

const URL_ = "http://localhost/acme/admin/settings";

function fetchAction(body: string) {
  return new Request(URL_, {
    method: "POST",
    headers: { "next-action": "7f00", "content-type": "text/plain;charset=UTF-8" },
    body,
  });
}

function multipart(entries: [string, string][], headers: Record<string, string> = { "next-action": "7f00" }) {
  const form = new FormData();
  for (const [key, value] of entries) form.append(key, value);
  return new Request(URL_, { method: "POST", headers, body: form });
}

describe("isMalformedActionRequest", () => {
  it.each([
    ['["$undefined",{"tenant":"acme","name":"Acme"}]'],
    ['[{"status":"error","message":"$$5 off","values":{"at":"$D2026-01-01T00:00:00.000Z"}},{"invites":[{"email":"a@b.c"}]}]'],
    ['["$undefined"]'],
    ["[]"],
  ])("lets a well-formed call through: %s", async (body) => {
    expect(await isMalformedActionRequest(fetchAction(body))).toBe(false);
  });

  it.each([
    ["not JSON", "{{{garbage"],
    ["not a list of arguments", '"abc"'],
    ["an input that is not an object", '["$undefined","abc"]'],
    ["too many arguments", '["$undefined",{},{}]'],
    ["a promise with no part", '["$undefined",{"x":"$@5"}]'],
    ["a map with no part", '["$Q1"]'],
    ["a temporary reference", '["$undefined",{"x":"$T"}]'],
    ["a server reference", '["$undefined",{"x":"$h1"}]'],
  ])("refuses %s", async (_label, body) => {
    expect(await isMalformedActionRequest(fetchAction(body))).toBe(true);
  });

  it("checks multipart calls: root arguments and the parts they point at", async () => {
    expect(await isMalformedActionRequest(multipart([["0", '["$undefined","$K1"]'], ["1_tenant", "acme"]]))).toBe(false);
    expect(await isMalformedActionRequest(multipart([["0", '["$undefined",{"x":"$@2"}]'], ["2", '"x"']]))).toBe(false);
    expect(await isMalformedActionRequest(multipart([["0", "{bad"]]))).toBe(true);
    expect(await isMalformedActionRequest(multipart([["1_tenant", "acme"]]))).toBe(true);
    expect(await isMalformedActionRequest(multipart([["0", '["$undefined",{"x":"$@2"}]']]))).toBe(true);
    const broken = new Request(URL_, {
      method: "POST",
      headers: { "next-action": "7f00", "content-type": "multipart/form-data; boundary=XX" },
      body: "garbage",
    });
    expect(await isMalformedActionRequest(broken)).toBe(true);
  });

  it("checks forms posted without JavaScript", async () => {
    const plain = {};
    expect(await isMalformedActionRequest(multipart([["$ACTION_REF_1", ""], ["$ACTION_1:0", '{"id":"7f00","bound":"$@1"}'], ["name", "x"]], plain))).toBe(false);
    expect(await isMalformedActionRequest(multipart([["$ACTION_REF_1", ""], ["$ACTION_1:0", "{nope"]], plain))).toBe(true);
  });

  it("leaves other requests alone", async () => {
    expect(await isMalformedActionRequest(new Request(URL_, { method: "GET" }))).toBe(false);
    const formPost = new Request(URL_, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "a=b" });
    expect(await isMalformedActionRequest(formPost)).toBe(false);
  });
});
