/** Things the user must be told once (a settings file reset, damaged journal lines), kept until dismissed. */
import type { Notice } from '../../shared/ipc';

export interface NoticeBoard {
  add(notice: Notice): void;
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
    list: () => [...notices],
    dismiss(id) {
      const index = notices.findIndex((n) => n.id === id);
      if (index >= 0) notices.splice(index, 1);
      return [...notices];
    },
  };
}
