/**
 * Logical ids: alphanumeric and unique within a template.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html
 */

/** Turns any id into PascalCase letters and digits: `orders-dlq` → `OrdersDlq`. */
export function pascalCase(id: string): string {
  const words = id.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  const joined = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');

  return joined === '' ? 'Resource' : joined;
}

/** Hands out unique logical ids, adding 2, 3, … when a name is taken. */
export class LogicalIds {
  private readonly taken = new Set<string>();
  private readonly byKey = new Map<string, string>();

  constructor(reserved: readonly string[] = []) {
    for (const name of reserved) this.taken.add(name.toLowerCase());
  }

  /** Returns a fresh id based on `base`. */
  fresh(base: string): string {
    const stem = pascalCase(base);
    let candidate = stem;
    for (let suffix = 2; this.taken.has(candidate.toLowerCase()); suffix += 1) {
      candidate = `${stem}${suffix}`;
    }
    this.taken.add(candidate.toLowerCase());

    return candidate;
  }

  /** Returns the id given to `key`, creating it from `base` the first time. */
  forKey(key: string, base: string): string {
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const id = this.fresh(base);
    this.byKey.set(key, id);

    return id;
  }
}
