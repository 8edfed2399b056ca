// Secrets never reach output: any value of an environment variable whose name looks secret is masked,
// as Actions masks registered secrets.
const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|PRIVATE_KEY|CREDENTIALS)/i;

export function secretValues(env: Record<string, string | undefined>): string[] {
  return Object.entries(env)
    .filter(([k, v]) => SECRET_NAME.test(k) && typeof v === "string" && v.length >= 6)
    .map(([, v]) => v as string)
    .sort((a, b) => b.length - a.length);
}

export function redact(text: string, env: Record<string, string | undefined>): string {
  let out = text;
  for (const value of secretValues(env)) out = out.split(value).join("***");
  return out;
}
