import type { Metadata } from "next";
import { requireViewerWithRole } from "@/lib/auth/session";
import { listUsers } from "@/lib/data/users";
import { AccessDenied } from "@/app/_components/access-denied";
import { RoleForm } from "@/app/admin/users/_components/role-form";

export const metadata: Metadata = { title: "Users" };

export default async function AdminUsersPage() {
  const { viewer, allowed } = await requireViewerWithRole("/admin/users", "ADMIN");
  if (!allowed) return <AccessDenied need="administrators" />;
  const users = await listUsers(viewer);
  return (
    <>
      <h1>Users</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>
                <RoleForm userId={user.id} role={user.role} email={user.email} disabled={user.id === viewer.id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
