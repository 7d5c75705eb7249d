/** Figures as the bench reports show them, in French: decimal comma, binary units. */

export function seconds(ms: number): string {
  return `${decimal(ms / 1000, 2)} s`;
}

export function bytes(count: number): string {
  if (count < 1024 * 1024) return `${decimal(count / 1024, 1)} Kio`;
  if (count < 1024 * 1024 * 1024) return `${decimal(count / 1024 / 1024, 1)} Mio`;
  return `${decimal(count / 1024 / 1024 / 1024, 2)} Gio`;
}

export function times(value: number): string {
  return `${decimal(value, 2)} ×`;
}

export function percent(share: number): string {
  return `${decimal(share * 100, 1)} %`;
}

export function decimal(value: number, digits: number): string {
  return value.toFixed(digits).replace(".", ",");
}
