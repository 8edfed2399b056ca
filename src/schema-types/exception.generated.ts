/* Generated from schemas/exception.schema.json by scripts/gen-types.ts. Do not edit: change the schema and run npm run gen:types. */

/**
 * marketing/exceptions/<id>.yaml: one item of the exception queue, waiting for a person.
 */
export interface ExceptionItem {
  /**
   * <type>--<scope>, e.g. budget--weekly-blog@20261201T0800Z. Also the file name.
   */
  id: string;
  /**
   * What kind of exception.
   */
  type:
    "guardrail" | "budget" | "anomaly" | "low-confidence" | "tamper" | "publish-failure" | "promotion-ready";
  /**
   * error blocks something until a person acts; warning asks for a look; info is for the record.
   */
  severity: "error" | "warning" | "info";
  /**
   * open until a person resolves it.
   */
  status: "open" | "resolved";
  /**
   * One line.
   */
  title: string;
  /**
   * What happened, with the numbers, and what the person can do.
   */
  detail: string;
  /**
   * The cycle it concerns, if any.
   */
  cycle?: string;
  /**
   * The workflow it concerns, if any.
   */
  workflow?: string;
  /**
   * When it was raised.
   */
  raisedAt: string;
  /**
   * When it was resolved.
   */
  resolvedAt?: string;
  /**
   * Who resolved it.
   */
  resolvedBy?: string;
  /**
   * What the person decided.
   */
  resolution?: string;
}
