// Registered in vitest.config.ts (`setupFiles`): every fake GitHub started while a test runs is checked
// after it, and the test fails if the fake recorded a violation — a request that GitHub's published
// OpenAPI description or GraphQL schema would refuse, or an answer of the fake that breaks them — that
// the test did not take on purpose with `fake.takeViolations()`. Each check reports what was recorded
// since the previous one, so a fake shared from `beforeAll` is checked after each test too, and what is
// recorded after the last test (in `afterAll`) fails the file.
import { afterAll, afterEach } from "vitest";
import { describeViolations, takeUnreportedViolations, watchFakes } from "../fake-github/live.ts";

watchFakes();

function failOnViolations(): void {
  const found = takeUnreportedViolations();
  if (found.length > 0) throw new Error(describeViolations(found));
}

afterEach(failOnViolations);
afterAll(failOnViolations);
