// Seals an application in the browser: the browser twin of tools/board/sealing/envelope.py.
// WebCrypto only (no JavaScript crypto library). Format: docs/sealed-envelope.md, version 1.
//   ECDH P-256 with an ephemeral key -> HKDF-SHA-256 (salt = ephemeral point || recipient point,
//   info = CONTEXT) -> AES-256-GCM (12-byte iv, aad = CONTEXT \n opportunity \n fingerprint).
// The plaintext never leaves this function except as ciphertext.

const CONTEXT = "micro-acquisition-board/sealed-application/v1";
const BEGIN = "-----BEGIN SEALED APPLICATION-----";
const END = "-----END SEALED APPLICATION-----";
const LINE = 64;

const encoder = new TextEncoder();

function b64urlToBytes(text) {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const padded = b64 + "=".repeat((4 - (b64.length % 4)) % 4);
  const binary = atob(padded);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function bytesToB64(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function hex(bytes) {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

async function sha256(bytes) {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
}

async function fingerprintOf(point) {
  const digest = hex(await sha256(point)).slice(0, 20);
  return digest.match(/.{4}/g).join("-");
}

/**
 * Seal `payload` ({name, email, business, language, answers, attestations}) for one opportunity.
 * Returns the armored text block to paste into the application issue form.
 * Rejects when the fingerprint does not belong to the public key (a stale or altered page).
 */
export async function sealApplication(payload, publicKeyB64url, opportunityId, fingerprint) {
  const recipientPoint = b64urlToBytes(publicKeyB64url);
  if (recipientPoint.length !== 65 || (await fingerprintOf(recipientPoint)) !== fingerprint) {
    const error = new Error("The sealing key and its fingerprint do not match.");
    error.code = "key-mismatch"; // pages show their own words for it, in their language
    throw error;
  }
  const recipient = await crypto.subtle.importKey(
    "raw", recipientPoint, { name: "ECDH", namedCurve: "P-256" }, false, [],
  );
  const ephemeral = await crypto.subtle.generateKey(
    { name: "ECDH", namedCurve: "P-256" }, false, ["deriveBits"],
  );
  const ephemeralPoint = new Uint8Array(await crypto.subtle.exportKey("raw", ephemeral.publicKey));
  const shared = await crypto.subtle.deriveBits(
    { name: "ECDH", public: recipient }, ephemeral.privateKey, 256,
  );
  const hkdfKey = await crypto.subtle.importKey("raw", shared, "HKDF", false, ["deriveKey"]);
  const aesKey = await crypto.subtle.deriveKey(
    { name: "HKDF", hash: "SHA-256", salt: concat(ephemeralPoint, recipientPoint), info: encoder.encode(CONTEXT) },
    hkdfKey, { name: "AES-GCM", length: 256 }, false, ["encrypt"],
  );
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const aad = encoder.encode(`${CONTEXT}\n${opportunityId}\n${fingerprint}`);
  const plaintext = encoder.encode(JSON.stringify(payload));
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: aad }, aesKey, plaintext),
  );
  const binary = concat(ephemeralPoint, iv, ciphertext);
  const check = hex(await sha256(binary)).slice(0, 8);
  const body = bytesToB64(binary);
  const lines = [BEGIN, "Version: 1", `Opportunity: ${opportunityId}`, `Key: ${fingerprint}`, `Check: ${check}`, ""];
  for (let i = 0; i < body.length; i += LINE) lines.push(body.slice(i, i + LINE));
  lines.push(END);
  return lines.join("\n") + "\n";
}
