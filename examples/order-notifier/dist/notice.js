/**
 * One line per order, for a terminal, a mail or a chat message:
 * `Order 0x3f…9a1c paid 0.012 ETH by 0x7099…79C8 on 2026-12-06 10:02 UTC: Paid, accept by 2026-12-08 10:02 UTC`.
 */
export function formatNotice(order, amount) {
    const id = `0x${order.orderId.toString(16).padStart(64, "0")}`;
    const paidAt = utc(order.timestamp);
    const next = order.status === "Paid" ? `, accept by ${utc(order.acceptDeadline)}` : "";
    return `Order ${short(id)} paid ${amount} by ${short(order.terms.buyer)} on ${paidAt}: ${order.status}${next}`;
}
function short(hex) {
    return `${hex.slice(0, 6)}…${hex.slice(-4)}`;
}
function utc(unixSeconds) {
    return `${new Date(unixSeconds * 1000).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
