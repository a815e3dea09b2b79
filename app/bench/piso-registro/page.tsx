import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BenchFloorForm } from "@/components/bench/floor-form";
import { getEnv } from "@/lib/env";
import { benchFloorAction } from "./actions";

export const metadata: Metadata = { title: "Piso del benchmark", robots: { index: false } };

/** Only for `npm run bench` (BENCH=1): the page the framework-floor action is posted to. */
export default function BenchFloorPage() {
  if (!getEnv().BENCH) notFound();
  return (
    <>
      <h1>Piso del benchmark</h1>
      <BenchFloorForm action={benchFloorAction} />
    </>
  );
}
