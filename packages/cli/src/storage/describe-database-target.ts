/**
 * `--db` as it is safe to print: the password of a `postgres://user:password@host/db` URL is masked.
 *
 * @example
 * ```ts
 * describeDatabaseTarget('postgres://app:secret@db:5432/trainkit'); // 'postgres://app:***@db:5432/trainkit'
 * ```
 */
export function describeDatabaseTarget(target: string): string {
  return target.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/i, '$1:***@');
}
