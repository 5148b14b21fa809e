/** Things the user must be told once (a settings file reset, damaged journal lines), kept until dismissed. */
import type { Notice } from '../../shared/ipc';

export interface NoticeBoard {
  add(notice: Notice): void;
  /** Adds the notice, or replaces the one with its id (a fault that changed or cleared) and pushes it again. */
  put(notice: Notice): void;
  list(): Notice[];
  dismiss(id: string): Notice[];
}

export function createNoticeBoard(onAdd: (notice: Notice) => void): NoticeBoard {
  const notices: Notice[] = [];
  return {
    add(notice) {
      if (notices.some((n) => n.id === notice.id)) return;
      notices.push(notice);
      onAdd(notice);
    },
    put(notice) {
      const index = notices.findIndex((n) => n.id === notice.id);
      if (index >= 0) notices.splice(index, 1, notice);
      else notices.push(notice);
      onAdd(notice);
    },
    list: () => [...notices],
    dismiss(id) {
      const index = notices.findIndex((n) => n.id === id);
      if (index >= 0) notices.splice(index, 1);
      return [...notices];
    },
  };
}
