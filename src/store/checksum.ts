import { createHash } from 'node:crypto';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Hash of what the importer owns in a record file: everything but `staff` blocks and
 * the checksum itself, with keys sorted, so re-ordering or re-indenting by hand does
 * not count as an edit but changing a value does.
 */
export function contentChecksum(value: unknown): string {
  return sha256(JSON.stringify(canonical(value)));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      if (key === 'staff' || key === 'checksum' || key === 'orphaned_staff') continue;
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}
