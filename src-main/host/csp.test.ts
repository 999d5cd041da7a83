import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { contentSecurityPolicy, installCspHeader, securityHeaders } from './csp';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it('is strict when packaged: own files only, no eval, no remote origin', () => {
    const csp = contentSecurityPolicy(null);
    const policy = directives(csp);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'vault-asset:']);
    expect(policy.get('media-src')).toEqual(["'self'", 'blob:', 'vault-asset:']); // mock interviews' recordings
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|https?:|ws:|\*/);
  });

  it('lets only the Vite dev server in, in development', () => {
    const policy = directives(contentSecurityPolicy('http://localhost:5173'));
    expect(policy.get('connect-src')).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173']);
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });
});

describe('installCspHeader', () => {
  it('replaces whatever policy a response carried with ours', () => {
    let listener: ((details: unknown, callback: (response: unknown) => void) => void) | undefined;
    const session = { webRequest: { onHeadersReceived: (l: typeof listener) => (listener = l) } } as unknown as Session;
    installCspHeader(session, "default-src 'self'");
    const callback = vi.fn();
    listener?.({ responseHeaders: { 'content-security-policy': ['*'], 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] },
    });
  });

  it('sends the policy with nosniff and no referrer', () => {
    expect(securityHeaders('x')).toEqual({
      'Content-Security-Policy': 'x',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  });
});
