"use client";
// Daily revenue or paid orders per payment method, stacked (recharts). Only the console's
// dashboard imports this, so the chart library stays out of the storefront's bundles.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ChartRow = { day: string } & Record<string, number | string>;

// Colour-blind-safe palette (Okabe-Ito), one colour per payment method.
const COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"];

export function MethodChart({
  rows,
  methods,
  labels,
  format,
}: {
  rows: ChartRow[];
  methods: string[];
  labels: Record<string, string>;
  format: "money" | "count";
}) {
  return (
    <div className="h-64 w-full" data-testid="method-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={16} />
          <YAxis tick={{ fontSize: 11 }} width={format === "money" ? 56 : 32} allowDecimals={format === "money"} />
          <Tooltip
            // The tooltip's text in the page's ink, not each bar's colour (orange on white does
            // not reach 4.5:1); the bars and the legend carry the colours.
            itemStyle={{ color: "#0f172a" }}
            formatter={(value, name) => [
              format === "money" ? `¥${Number(value).toFixed(2)}` : String(value),
              labels[String(name)] ?? String(name),
            ]}
          />
          <Legend formatter={(name) => labels[String(name)] ?? String(name)} wrapperStyle={{ fontSize: 12 }} />
          {methods.map((method, index) => (
            <Bar key={method} dataKey={method} stackId="methods" fill={COLOURS[index % COLOURS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
