/** One UI string in both languages, side by side: Traditional Chinese first. */
export interface Message {
  zh: string;
  en: string;
}

export type Messages = Record<string, Message>;
