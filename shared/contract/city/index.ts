import { z } from 'zod';
import { mutation, query } from '../infra/define';

/** The base's link to the city store (设置 → 市级汇总). */
export interface CityLinkStatus {
  /** The base's code in the city: its unified social credit code, from 基地信息; empty until filled. */
  baseCode: string;
  /** This base's signing key, for the city's administrator to register; null until the link is saved once. */
  basePublicKey: string | null;
  baseKeyFingerprint: string | null;
  /** The city's key that packages are encrypted for; null until imported. */
  cityKeyFingerprint: string | null;
  lastSequence: number;
  lastPackageAt: string | null;
  lastRows: number;
}

export interface CityPackageSummary {
  sequence: number;
  kind: 'changes' | 'full';
  /** Rows changed at or after this instant; null for a full snapshot. */
  from: string | null;
  /** The newest change in the package; the next package starts here. */
  watermark: string | null;
  rows: number;
  tables: { name: string; rows: number }[];
}

export const cityContract = {
  'city.getLink': query({
    input: z.object({}).strict(),
    role: 'admin',
    title: '查看市级汇总设置',
  }).returns<CityLinkStatus>(),
  'city.saveLink': mutation({
    input: z.object({ cityPublicKey: z.string().max(2000, '市级平台公钥不能超过 2000 个字符') }).strict(),
    role: 'admin',
    title: '保存市级汇总设置',
  }).returns<CityLinkStatus>(),
  'city.exportPackage': query({
    input: z.object({ kind: z.enum(['changes', 'full']) }).strict(),
    role: 'admin',
    title: '生成市级汇总数据包',
    job: { download: { extension: '.jxcity', mimeType: 'application/octet-stream' } },
  }).returns<CityPackageSummary>(),
  'city.recordPackage': mutation({
    input: z
      .object({
        sequence: z.number().int().min(1).max(1_000_000_000),
        watermark: z.string().max(40).nullable(),
        rows: z.number().int().min(0).max(1_000_000_000),
      })
      .strict(),
    role: 'admin',
    title: '记录已生成的市级汇总数据包',
  }).returns<CityLinkStatus>(),
};
