import {
  AppstoreOutlined, BarChartOutlined, CloudUploadOutlined, ContainerOutlined, FileTextOutlined, FlagOutlined, KeyOutlined, PrinterOutlined, ReadOutlined, ShopOutlined, TableOutlined,
  TagsOutlined, TeamOutlined, TransactionOutlined, WalletOutlined,
} from '@ant-design/icons';
import { ComponentType, ReactNode } from 'react';
import { Role, SessionUser } from '../auth/roles';
import { FEED_UPLOADERS } from './feeds/feed-roles';
import { PRICE_WRITERS } from './price-list/price-roles';
import { REQUISITION_SUBMITTERS } from './requisitions/requisition-roles';

/**
 * One page of the back office: where it is, its code (loaded lazily: each page is its own chunk,
 * the shell stays small), who may reach it and, when it is in the menu, its label and icon.
 * A later issue adds its pages here and nowhere else.
 */
export interface PageRoute {
  /** The path under the layout, react-router style: `dealers/:code`. */
  path: string;
  page: () => Promise<{ default: ComponentType }>;
  /** The roles that may open the page; every signed-in user when absent. The gateway still decides every request. */
  roles?: readonly Role[];
  menu?: {
    /** i18n key of the menu label, with its area: `dealers:menu`. */
    label: string;
    icon: ReactNode;
    /** Where the menu item leads when that is not `path` (a dealer user's own dealer page). */
    to?: (user: SessionUser) => string;
    /** Who sees the item, when not everyone who may open the page. */
    roles?: readonly Role[];
  };
}

/** Everyone who works for the manufacturer (every role but `dealer`). */
export const STAFF: readonly Role[] = ['admin', 'service-manager', 'parts-clerk', 'finance', 'auditor'];
/** Who may register and import dealers (the permission table's Dealer create). */
export const DEALER_WRITERS: readonly Role[] = ['admin', 'service-manager'];
/** Who may sign an agreement (Agreement create) and record a payment (Payment create). */
export const AGREEMENT_SIGNERS: readonly Role[] = ['admin', 'service-manager'];
export const PAYMENT_WRITERS: readonly Role[] = ['admin', 'finance'];
/** Who may record unit deliveries (UnitDelivery create). */
export const DELIVERY_WRITERS: readonly Role[] = ['admin', 'service-manager'];

export const PAGES: PageRoute[] = [
  {
    path: 'dealers',
    page: () => import('./dealers/dealer-list.page'),
    roles: STAFF,
    menu: { label: 'dealers:menu.list', icon: <ShopOutlined /> },
  },
  { path: 'dealers/new', page: () => import('./dealers/register-dealer.page'), roles: DEALER_WRITERS },
  { path: 'dealers/import', page: () => import('./dealers/import-dealers.page'), roles: DEALER_WRITERS },
  {
    path: 'dealers/:code',
    page: () => import('./dealers/dealer-detail.page'),
    // Staff reach a dealer from the list; a dealer user's menu leads to its own page.
    menu: { label: 'dealers:menu.own', icon: <ShopOutlined />, to: (user) => `/dealers/${user.dealerCode}`, roles: ['dealer'] },
  },
  {
    path: 'dealers/:code/agreements/new',
    page: () => import('./agreements/sign-agreement.page'),
    roles: AGREEMENT_SIGNERS,
  },
  // Every role the gateway lets read a dealer's organisation and technicians (a dealer user its own).
  { path: 'dealers/:code/organisation', page: () => import('./organisation/organisation.page') },
  {
    path: 'training-sessions',
    page: () => import('./organisation/training-sessions.page'),
    roles: STAFF,
    menu: { label: 'organisation:menu.training', icon: <ReadOutlined /> },
  },
  {
    path: 'catalog',
    page: () => import('./organisation/catalog.page'),
    menu: { label: 'organisation:menu.catalog', icon: <AppstoreOutlined /> },
  },
  {
    // Every role reads payments; the gateway filters a dealer user's to its own dealers.
    path: 'payments',
    page: () => import('./payments/payments-list.page'),
    menu: { label: 'payments:menu.list', icon: <TransactionOutlined /> },
  },
  {
    path: 'payments/new',
    page: () => import('./payments/record-payment.page'),
    roles: PAYMENT_WRITERS,
  },
  {
    path: 'funds',
    page: () => import('./funds/network-balances.page'),
    roles: STAFF,
    menu: { label: 'funds:menu.network', icon: <BarChartOutlined /> },
  },
  {
    // Staff open any dealer's fund from the network page; a dealer user's menu leads to its own.
    path: 'funds/:code',
    page: () => import('./funds/dealer-funds.page'),
    menu: { label: 'funds:menu.own', icon: <WalletOutlined />, to: (user) => `/funds/${user.dealerCode}`, roles: ['dealer'] },
  },
  {
    // A dealer user sends its own feeds; a service manager or admin chooses the dealer (the staff's "Feeds").
    path: 'feeds/upload',
    page: () => import('./feeds/upload-feed.page'),
    roles: FEED_UPLOADERS,
    menu: { label: 'feeds:menu.staff', icon: <CloudUploadOutlined />, roles: ['admin', 'service-manager'] },
  },
  {
    // Staff reach a dealer's submissions from the dealer page (or the matrix); a dealer user's menu leads to its own.
    path: 'dealers/:code/feeds',
    page: () => import('./feeds/dealer-feeds.page'),
    menu: { label: 'feeds:menu.own', icon: <FileTextOutlined />, to: (user) => `/dealers/${user.dealerCode}/feeds`, roles: ['dealer'] },
  },
  { path: 'dealers/:code/feeds/:submissionId', page: () => import('./feeds/submission.page') },
  {
    // Staff see every dealer's monthly feeds by kind and month; a cell opens the dealer's submissions.
    path: 'feeds/matrix',
    page: () => import('./feeds/matrix.page'),
    roles: STAFF,
    menu: { label: 'feedMatrix:menu', icon: <TableOutlined /> },
  },
  {
    // Every role reads the flags; the gateway filters a dealer user's to its own dealer. Staff filter by dealer.
    path: 'feed-flags',
    page: () => import('./flags/flags.page'),
    menu: { label: 'flags:menu', icon: <FlagOutlined /> },
  },
  {
    // Every role looks units up; the gateway keeps a dealer user to its own dealers' units.
    path: 'units',
    page: () => import('./units/unit-lookup.page'),
    menu: { label: 'units:menu.lookup', icon: <PrinterOutlined /> },
  },
  { path: 'units/:serial', page: () => import('./units/unit-lookup.page') },
  {
    path: 'unit-deliveries/import',
    page: () => import('./units/import-deliveries.page'),
    roles: DELIVERY_WRITERS,
    menu: { label: 'units:menu.deliveries', icon: <CloudUploadOutlined /> },
  },
  {
    path: 'registration-conflicts',
    page: () => import('./units/registration-conflicts.page'),
    roles: STAFF,
    menu: { label: 'units:menu.conflicts', icon: <FileTextOutlined /> },
  },
  { path: 'dealers/:code/sales', page: () => import('./units/dealer-sales.page') },
  {
    // Everyone reads the price list (維修收費標准), a dealer user too: it orders parts by it. Parts clerks and admins change it.
    path: 'price-list',
    page: () => import('./price-list/price-list.page'),
    menu: { label: 'prices:menu', icon: <TagsOutlined /> },
  },
  { path: 'price-list/import', page: () => import('./price-list/import-price-list.page'), roles: PRICE_WRITERS },
  {
    // 維修配件備料單: the parts clerk's queue (every role reads; the gateway keeps a dealer user to its own dealers').
    path: 'requisitions',
    page: () => import('./requisitions/requisitions.page'),
    menu: { label: 'requisitions:menu.queue', icon: <ContainerOutlined />, roles: STAFF },
  },
  { path: 'requisitions/new', page: () => import('./requisitions/new-requisition.page'), roles: REQUISITION_SUBMITTERS },
  {
    // One dealer's requisitions (and its sub-dealers'); a dealer user's menu leads to its own.
    path: 'dealers/:code/requisitions',
    page: () => import('./requisitions/requisitions.page'),
    menu: { label: 'requisitions:menu.own', icon: <ContainerOutlined />, to: (user) => `/dealers/${user.dealerCode}/requisitions`, roles: ['dealer'] },
  },
  { path: 'dealers/:code/requisitions/:requisitionId', page: () => import('./requisitions/requisition.page') },
  {
    path: 'accounts',
    page: () => import('./accounts/accounts.page'),
    roles: ['admin', 'auditor'],
    menu: { label: 'accounts:menu.list', icon: <TeamOutlined /> },
  },
  {
    path: 'account/password',
    page: () => import('./accounts/change-password.page'),
    menu: { label: 'accounts:menu.password', icon: <KeyOutlined /> },
  },
];
