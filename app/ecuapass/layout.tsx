import type { ReactNode } from "react";
import "./ecuapass.css";

export default function EcuapassLayout({ children }: { children: ReactNode }) {
  return children;
}
