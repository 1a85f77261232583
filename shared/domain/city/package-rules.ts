/**
 * The rules a city hub applies to a base's package before anything is written. Each base is the
 * only writer of its own rows, so the hub never merges two writers' changes: it keeps the later
 * `updated_at` of a row, and these rules only decide whether a package may be applied at all.
 */

/** What the package says about itself in its (signed) header. */
export interface PackageHeader {
  baseCode: string;
  sequence: number;
  kind: 'changes' | 'full';
  schemaVersion: string;
  /** Rows with `updated_at` at or after this instant; null for a full snapshot. */
  from: string | null;
  /** The newest `updated_at` in the base when the package was made; null for an empty base. */
  to: string | null;
}

/** What the hub holds for the base: its acknowledged watermark. */
export interface HubBaseState {
  lastSequence: number;
  watermark: string | null;
}

export type ImportDecision = { apply: true; replay: boolean } | { apply: false; reason: string };

/**
 * A package of changes must follow on from what the hub has (no gap); one the hub already has is
 * applied again harmlessly (a row is only replaced by a later `updated_at`), so a package sent
 * twice, or a USB stick read twice, never doubles a figure. A full snapshot always applies.
 */
export function decideImport(
  state: HubBaseState,
  header: PackageHeader,
  knownSchemaVersions: readonly string[],
): ImportDecision {
  if (!knownSchemaVersions.includes(header.schemaVersion)) {
    return {
      apply: false,
      reason: `数据包来自更新版本的匠训（数据库版本 ${header.schemaVersion}），市级平台还不认识这个版本：请先升级市级平台，再导入这个数据包`,
    };
  }
  if (!Number.isInteger(header.sequence) || header.sequence < 1) {
    return { apply: false, reason: `数据包序号 ${header.sequence} 无效` };
  }
  if (header.kind === 'full') return { apply: true, replay: header.sequence <= state.lastSequence };
  if (header.sequence > state.lastSequence + 1) {
    const missing =
      header.sequence - 1 === state.lastSequence + 1
        ? `第 ${state.lastSequence + 1} 号`
        : `第 ${state.lastSequence + 1}–${header.sequence - 1} 号`;
    return {
      apply: false,
      reason: `缺少${missing}数据包：市级平台已导入到第 ${state.lastSequence} 号，这是第 ${header.sequence} 号。请先导入缺少的数据包，或请基地重新生成一个“全部数据”包`,
    };
  }
  // Rows changed between the hub's watermark and the package's start would be missing.
  if (
    header.from !== null &&
    (state.watermark === null || header.from > state.watermark) &&
    header.sequence > state.lastSequence
  ) {
    return {
      apply: false,
      reason: `数据包从 ${header.from} 起，而市级平台只收到 ${state.watermark ?? '（尚无数据）'} 为止的数据：中间的变动会丢失。请基地重新生成一个“全部数据”包`,
    };
  }
  return { apply: true, replay: header.sequence <= state.lastSequence };
}

/** The hub's state after applying a package: sequence and watermark only move forward. */
export function advance(state: HubBaseState, header: PackageHeader): HubBaseState {
  const watermark =
    header.to !== null && (state.watermark === null || header.to > state.watermark) ? header.to : state.watermark;
  return { lastSequence: Math.max(state.lastSequence, header.sequence), watermark };
}

/** Where the next package of changes starts: at the watermark itself, since rows written in the same instant may straddle it. */
export function nextPackageStart(state: HubBaseState): string | null {
  return state.watermark;
}
