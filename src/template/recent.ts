/**
 * What was made for the last few templates, by template object. `check`
 * draws all its variants of one template before the next, so this keeps a
 * template's plan while it is drawn from and lets it go after: a bank of
 * thousands of templates holds a handful, not thousands.
 */
export class Recent<K extends object, V> {
  private readonly items = new Map<K, V>();

  constructor(private readonly size = 4) {}

  get(key: K, make: (key: K) => V): V {
    let value = this.items.get(key);
    if (value === undefined) {
      value = make(key);
      if (this.items.size >= this.size) this.items.delete(this.items.keys().next().value!);
      this.items.set(key, value);
    }
    return value;
  }
}
