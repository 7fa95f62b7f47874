import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import zhTW from 'antd/locale/zh_TW';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/zh-tw';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router-dom';
import { ApiProblem } from './api/problem';
import { SessionProvider } from './auth/session-context';
import { Language } from './i18n/languages';
import { useLanguage } from './i18n/use-language';
import { router } from './shell/router';

const ANTD_LOCALES = { 'zh-Hant': zhTW, 'zh-Hans': zhCN, en: enUS } as const;
const DAYJS_LOCALES: Record<Language, string> = { 'zh-Hant': 'zh-tw', 'zh-Hans': 'zh-cn', en: 'en' };

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A refusal (4xx) will not change by asking again; a network or server failure may.
      retry: (failures, error) => failures < 2 && !(error instanceof ApiProblem && error.status < 500),
    },
  },
});

export function App() {
  const { language } = useLanguage();
  useEffect(() => void dayjs.locale(DAYJS_LOCALES[language]), [language]);
  return (
    // No space inside two-character Chinese buttons (登 入): the label reads, and is named, as written.
    <ConfigProvider locale={ANTD_LOCALES[language]} button={{ autoInsertSpace: false }}>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
