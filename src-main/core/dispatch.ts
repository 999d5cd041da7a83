/**
 * The boundary every request crosses, whichever host carried it: the method
 * name is checked against the contract, the arguments are parsed by its schema
 * (they are `unknown` until then), and every failure becomes a typed value.
 */
import { CoachError, isMethodName, methods, type Handlers, type WireResult } from '../contract';
import type { Logger } from './types';

export async function dispatch(
  handlers: Handlers,
  name: unknown,
  args: unknown,
  logger?: Logger,
): Promise<WireResult> {
  if (!isMethodName(name)) {
    return fail('UNKNOWN_METHOD', `There is no request named ${JSON.stringify(String(name)).slice(0, 80)}.`);
  }
  const parsed = methods[name].args.safeParse(args ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
    return fail('INVALID_ARGUMENT', `Invalid arguments for ${name}${where}: ${issue?.message ?? 'rejected'}.`);
  }
  try {
    const handler = handlers[name] as (a: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value: value ?? null };
  } catch (error) {
    if (error instanceof CoachError) return fail(error.code, error.message);
    logger?.error(`Unexpected failure in ${name}`, error);
    return fail('INTERNAL', `Something went wrong in ${name}. Your files were not changed by this request.`);
  }
}

function fail(code: string, message: string): WireResult {
  return { ok: false, error: { code, message } };
}
