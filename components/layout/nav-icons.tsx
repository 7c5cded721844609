import {
  AtSign,
  BadgePercent,
  Bell,
  Banknote,
  Globe,
  House,
  Inbox,
  KeyRound,
  Languages,
  LayoutDashboard,
  LayoutGrid,
  Link2,
  Mail,
  Megaphone,
  MessagesSquare,
  Package,
  Receipt,
  ScrollText,
  Settings,
  ShoppingBag,
  Store,
  Target,
  UserCheck,
  Wallet,
  type LucideIcon,
} from "lucide-react";

/**
 * The icon of each section, by name: layouts (server components) name it, the navigation (client
 * components) draws it, since a component cannot cross from server to client as a prop.
 */
export const NAV_ICONS = {
  overview: LayoutDashboard,
  products: ShoppingBag,
  links: Link2,
  commissions: BadgePercent,
  wallet: Wallet,
  showcase: LayoutGrid,
  invitations: Inbox,
  catalogue: Package,
  orders: Receipt,
  statements: ScrollText,
  plans: Target,
  campaigns: Megaphone,
  apiKeys: KeyRound,
  shop: Store,
  payouts: Banknote,
  outbox: Mail,
  domains: Globe,
  home: House,
  password: KeyRound,
  preferences: Languages,
  settings: Settings,
  social: AtSign,
  creators: UserCheck,
  notifications: Bell,
  messages: MessagesSquare,
} satisfies Record<string, LucideIcon>;
export type NavIcon = keyof typeof NAV_ICONS;

export function NavIconFor({ name, className }: { name?: NavIcon; className?: string }) {
  if (!name) return null;
  const Icon = NAV_ICONS[name];
  return <Icon aria-hidden="true" className={className ?? "size-4 shrink-0"} strokeWidth={1.75} />;
}
