package kz.aimaq;

public final class Launcher {
    public static void main(String[] args) { System.out.println("aimaq"); }
}
