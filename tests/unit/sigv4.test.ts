/**
 * The local S3 server's signature check (tests/fixtures/sigv4.ts) against AWS's own worked
 * example — "GET Object" in the S3 API reference's Signature Version 4 examples — so the
 * check the S3 storage driver is tested against is itself known to be right.
 */
import { describe, expect, it } from "vitest";
import { verifySigV4 } from "@/tests/fixtures/sigv4";

const SECRETS = { AKIAIOSFODNN7EXAMPLE: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
const EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

const example = (signature: string) => ({
  method: "GET",
  path: "/test.txt",
  query: "",
  headers: {
    host: "examplebucket.s3.amazonaws.com",
    range: "bytes=0-9",
    "x-amz-content-sha256": EMPTY,
    "x-amz-date": "20130524T000000Z",
    authorization: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=${signature}`,
  },
});

describe("verifySigV4", () => {
  it("accepts AWS's published example signature", () => {
    expect(verifySigV4(example("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"), SECRETS)).toEqual({
      ok: true,
      accessKeyId: "AKIAIOSFODNN7EXAMPLE",
    });
  });

  it("refuses a changed signature, a changed signed header and an unknown key", () => {
    expect(verifySigV4(example("0".repeat(64)), SECRETS)).toEqual({ ok: false, code: "SignatureDoesNotMatch" });
    const tampered = example("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    tampered.headers.range = "bytes=0-99";
    expect(verifySigV4(tampered, SECRETS)).toEqual({ ok: false, code: "SignatureDoesNotMatch" });
    expect(verifySigV4(example("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"), {})).toEqual({
      ok: false,
      code: "InvalidAccessKeyId",
    });
  });
});
