using Marsad.Actors;

namespace Marsad.Events;

/// <summary>Knowledge-base facts the event stage needs about places.</summary>
internal static class KnowledgeBaseExtensions
{
    /// <summary>The capital's name as the press writes it first (موسكو), where a metonym (الكرملين) stands for it.</summary>
    public static string? CapitalOf(this KnowledgeBase kb, string iso3) => kb.FindCountry(iso3)?.Capitals.FirstOrDefault();
}
