/**
 * Every UI string of the client, by feature, Traditional Chinese and English side by side (one
 * file a feature in this folder; errors.ts holds the texts of API errors by reason). Enum labels
 * come from labels.ts. A key lives in one file only; `t()` looks keys up in the flat tables below.
 */
import { accounts } from './accounts';
import { analysis } from './analysis';
import { apiKeys } from './apiKeys';
import { app } from './app';
import { audit } from './audit';
import { certificates } from './certificates';
import { courses } from './courses';
import { errors } from './errors';
import { hours } from './hours';
import { exports } from './exports';
import { login } from './login';
import { messaging } from './messaging';
import { planning } from './planning';
import { supply } from './supply';
import { progress } from './progress';
import { teachers } from './teachers';
import type { Message } from './types';

const FEATURES = [
  app,
  login,
  accounts,
  audit,
  apiKeys,
  teachers,
  planning,
  progress,
  analysis,
  supply,
  courses,
  hours,
  messaging,
  exports,
  certificates,
  errors,
];

type All = typeof app &
  typeof login &
  typeof accounts &
  typeof audit &
  typeof apiKeys &
  typeof teachers &
  typeof planning &
  typeof progress &
  typeof analysis &
  typeof supply &
  typeof courses &
  typeof hours &
  typeof messaging &
  typeof certificates &
  typeof exports &
  typeof errors;

export type MessageKey = keyof All;

function table(lang: keyof Message): Record<MessageKey, string> {
  const out: Record<string, string> = {};
  for (const feature of FEATURES) {
    for (const [key, message] of Object.entries(feature) as [string, Message][]) {
      if (key in out) throw new Error(`message ${key} is defined twice`);
      out[key] = message[lang];
    }
  }
  return out as Record<MessageKey, string>;
}

export const zh = table('zh');
export const en = table('en');
