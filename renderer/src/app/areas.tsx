import {
  IconBook2,
  IconBuildingFactory2,
  IconCertificate,
  IconChartBar,
  IconHome,
  IconListDetails,
  IconPackages,
  IconSchool,
  IconSettings,
  IconTrendingUp,
  IconTrophy,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType, ReactNode } from 'react';
import { CohortsPage } from '../features/cohorts/CohortsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { JobTypesPage } from '../features/job-types/JobTypesPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TraineesPage } from '../features/trainees/TraineesPage';
import { EnterprisesPage } from '../features/enterprises/EnterprisesPage';
import { CertificatesPage } from '../features/certificates/CertificatesPage';
import { StockPage } from '../features/stock/StockPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { CompetitionsPage } from '../features/competitions/CompetitionsPage';
import { PromotionsPage } from '../features/promotions/PromotionsPage';

export interface Area {
  path: string;
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** The screen, or, for an area not built yet, what it will do (shown plainly as not yet open). */
  screen: ReactNode | { planned: string };
}

/** Every area of the product, in the order of the navigation. */
export const areas: Area[] = [
  { path: '/', label: '工作台', icon: IconHome, screen: <DashboardPage /> },
  { path: '/trainees', label: '学员', icon: IconUsers, screen: <TraineesPage /> },
  { path: '/enterprises', label: '企业', icon: IconBuildingFactory2, screen: <EnterprisesPage /> },
  { path: '/job-types', label: '工种目录', icon: IconListDetails, screen: <JobTypesPage /> },
  { path: '/cohorts', label: '培训班', icon: IconSchool, screen: <CohortsPage /> },
  {
    path: '/promotions',
    label: '技能晋升',
    icon: IconTrendingUp,
    screen: <PromotionsPage />,
  },
  {
    path: '/competitions',
    label: '技能竞赛',
    icon: IconTrophy,
    screen: <CompetitionsPage />,
  },
  {
    path: '/diploma',
    label: '学历+技能',
    icon: IconBook2,
    screen: { planned: '“学历+技能”双提升：院校专业报名、录取、在读、毕业，学费与工会补助发放。' },
  },
  { path: '/certificates', label: '证书', icon: IconCertificate, screen: <CertificatesPage /> },
  { path: '/stock', label: '证书库存', icon: IconPackages, screen: <StockPage /> },
  { path: '/reports', label: '报表', icon: IconChartBar, screen: <ReportsPage /> },
  { path: '/settings', label: '设置', icon: IconSettings, screen: <SettingsPage /> },
];
