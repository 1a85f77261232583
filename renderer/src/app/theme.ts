import { createTheme } from '@mantine/core';

const cjkFonts =
  '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

export const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily: `-apple-system, "Segoe UI", ${cjkFonts}`,
  headings: { fontFamily: `-apple-system, "Segoe UI", ${cjkFonts}` },
  defaultRadius: 'sm',
});
