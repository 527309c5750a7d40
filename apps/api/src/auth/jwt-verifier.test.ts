import { generateKeyPairSync, type KeyObject } from 'node:crypto';

import { fixedClock } from '@lunajoy/models';
import { SignJWT } from 'jose';

import { createJwtVerifier, type JwtVerifierOptions } from './jwt-verifier';
import { mintPatientToken, parseTokenTtl } from './mint-patient-token';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const SECONDS = NOW / 1000;
const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pem = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();

interface Claims {
  sub?: string;
  iss?: string;
  aud?: string;
  exp?: number;
}

function sign(alg: string, key: KeyObject | Uint8Array, claims: Claims = {}): Promise<string> {
  const full = {
    sub: 'user_0001',
    iss: 'lunajoy-match',
    aud: 'lunajoy-match-api',
    exp: SECONDS + 600,
    ...claims,
  };
  const jwt = new SignJWT({}).setProtectedHeader({ alg }).setIssuedAt(SECONDS);
  if (full.sub) jwt.setSubject(full.sub);
  if (full.iss) jwt.setIssuer(full.iss);
  if (full.aud) jwt.setAudience(full.aud);
  if (full.exp) jwt.setExpirationTime(full.exp);
  return jwt.sign(key);
}

const verifierFor = (options: Omit<JwtVerifierOptions, 'clock'>) =>
  createJwtVerifier({ ...options, clock: fixedClock(NOW) });

describe('createJwtVerifier', () => {
  const hs256 = verifierFor({ key: { algorithm: 'HS256', secret: SECRET } });
  const rs256 = verifierFor({ key: { algorithm: 'RS256', publicKeyPem: pem(rsa.publicKey) } });
  const es256 = verifierFor({ key: { algorithm: 'ES256', publicKeyPem: pem(ec.publicKey) } });

  it('should accept RS256 and ES256 tokens signed by the matching private key', async () => {
    await expect(rs256(await sign('RS256', rsa.privateKey))).resolves.toEqual({
      ok: true,
      userId: 'user_0001',
    });
    await expect(es256(await sign('ES256', ec.privateKey))).resolves.toEqual({
      ok: true,
      userId: 'user_0001',
    });
  });

  it('should refuse an HS256 token forged with the public key as its secret', async () => {
    const forged = await sign('HS256', new TextEncoder().encode(pem(rsa.publicKey)));

    await expect(rs256(forged)).resolves.toEqual({ ok: false, problem: 'invalid_token' });
  });

  it('should refuse a token whose algorithm is not the one configured', async () => {
    await expect(es256(await sign('RS256', rsa.privateKey))).resolves.toMatchObject({ ok: false });
    await expect(hs256(await sign('ES256', ec.privateKey))).resolves.toMatchObject({ ok: false });
  });

  it.each([
    ['another issuer', { iss: 'someone-else' }],
    ['another audience', { aud: 'another-api' }],
    ['no expiry', { exp: 0 }],
    ['no subject', { sub: '' }],
    ['a subject with spaces', { sub: 'user 0001' }],
  ])('should refuse a token with %s', async (_case, claims) => {
    const token = await sign('HS256', new TextEncoder().encode(SECRET), claims);

    await expect(hs256(token)).resolves.toEqual({ ok: false, problem: 'invalid_token' });
  });

  it('should check the configured issuer and audience instead of the defaults', async () => {
    const custom = verifierFor({
      key: { algorithm: 'HS256', secret: SECRET },
      issuer: 'https://id.example.com/',
      audience: 'match',
    });
    const token = await mintPatientToken({
      secret: SECRET,
      userId: 'user_0007',
      ttl: '5m',
      issuer: 'https://id.example.com/',
      audience: 'match',
      now: NOW,
    });

    await expect(custom(token)).resolves.toEqual({ ok: true, userId: 'user_0007' });
    await expect(hs256(token)).resolves.toEqual({ ok: false, problem: 'invalid_token' });
  });

  it.each(['', 'garbage', 'a.b.c', 'e30.e30.', '....'])(
    'should call %p invalid, not throw',
    async (token) => {
      await expect(hs256(token)).resolves.toEqual({ ok: false, problem: 'invalid_token' });
    },
  );

  it('should refuse keys that do not fit the algorithm at construction', () => {
    expect(() => createJwtVerifier({ key: { algorithm: 'HS256', secret: 'short' } })).toThrow(/32/);
    expect(() =>
      createJwtVerifier({ key: { algorithm: 'ES256', publicKeyPem: pem(rsa.publicKey) } }),
    ).toThrow(/P-256/);
    expect(() =>
      createJwtVerifier({ key: { algorithm: 'RS256', publicKeyPem: pem(ec.publicKey) } }),
    ).toThrow(/RSA/);
  });
});

describe('parseTokenTtl', () => {
  it.each([
    ['90s', 90],
    ['15m', 900],
    ['1h', 3600],
    ['7d', 604_800],
    ['3600', 3600],
    [120, 120],
  ])('should read %p as %p seconds', (ttl, seconds) => {
    expect(parseTokenTtl(ttl)).toBe(seconds);
  });

  it.each(['', '1w', '-5m', '1.5h', '31d', 0])('should refuse %p', (ttl) => {
    expect(() => parseTokenTtl(ttl)).toThrow(/lifetime/);
  });
});
