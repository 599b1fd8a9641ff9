// parse: what `info.version` says under semver, one definition for every stage that judges a
// version bump (the engine's versioning policy, the review's checklist). Versions that are not
// semver are never judged as bumped (oasdiff does not judge them either).
export interface Semver {
  major: number;
  minor: number;
  patch: number;
}

// semver.org's pattern, with oasdiff's optional leading `v`.
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function parseSemver(version: string): Semver | undefined {
  const match = SEMVER.exec(version);
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

export function versionIncreased(base: Semver, head: Semver): boolean {
  if (head.major !== base.major) return head.major > base.major;
  if (head.minor !== base.minor) return head.minor > base.minor;
  return head.patch > base.patch;
}

/** Below 1.0.0 a minor bump counts as the major one (semver's 0.y.z rule). */
export function majorBumped(base: Semver, head: Semver): boolean {
  if (base.major === 0 && head.major === 0) return head.minor > base.minor;
  return head.major > base.major;
}

/** `majorBumped` over `info.version` texts: false when either is absent or not semver. */
export function majorVersionBumped(before: string | undefined, after: string | undefined): boolean {
  const base = before === undefined ? undefined : parseSemver(before);
  const head = after === undefined ? undefined : parseSemver(after);
  return base !== undefined && head !== undefined && majorBumped(base, head);
}
